// Fragment @inTimeNode(n): does node `_r_` exist in the time filter $time (events, programmes,
// instruments, actors: rule by label)? Expanded by the query loader (api/src/db/queries.ts).
// Params: $time, as for @inTime (api/src/model/time-rules.ts).
($time IS NULL OR all(rule IN [head([label IN labels(_r_) WHERE $time.rules[label] IS NOT NULL | $time.rules[label]])]
  WHERE rule IS NULL OR all(span IN [{
    begin: head([key IN rule.begin WHERE _r_[key] IS NOT NULL | _r_[key]]),
    end: head([key IN rule.end WHERE _r_[key] IS NOT NULL | _r_[key]])
  }] WHERE (span.begin IS NULL OR span.begin <= $time.to)
    AND (span.end IS NULL OR span.end + '~' >= $time.from[rule.kind]))))
