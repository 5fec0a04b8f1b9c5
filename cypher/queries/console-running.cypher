// How many console transactions Neo4j still runs, terminated ones included: Neo4j stops an
// expression only when it ends, so a terminated console statement may hold a thread for a while.
// Params: none
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.query = 'console'
RETURN count(transactionId) AS running
