// Fragment @inTime(r): does relationship `_r_` hold in the time filter $time? Expanded by the
// query loader (api/src/db/queries.ts) wherever a query writes @inTime(variable).
// Params: $time (null = no time filter, else {to, from: {status, period, occurrence}, rules}),
//         built from the one rule table api/src/model/time-rules.ts (`timeParam`): per type, the
//         properties that date its begin and end. Undated facts and timeless types pass.
($time IS NULL OR all(rule IN [$time.rules[type(_r_)]] WHERE rule IS NULL OR all(span IN [{
    begin: head([key IN rule.begin WHERE _r_[key] IS NOT NULL | _r_[key]]),
    end: head([key IN rule.end WHERE _r_[key] IS NOT NULL | _r_[key]])
  }] WHERE (span.begin IS NULL OR span.begin <= $time.to)
    AND (span.end IS NULL OR span.end + '~' >= $time.from[rule.kind]))))
