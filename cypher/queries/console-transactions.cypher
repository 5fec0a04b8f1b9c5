// The transactions one console request runs (found by the metadata the console worker sets).
// Params: $requestId (string)
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.consoleRequest = $requestId
RETURN transactionId
