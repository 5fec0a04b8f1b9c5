// Terminates console transactions whose client's time is up.
// Params: $ids (list of transaction ids from console-transactions)
TERMINATE TRANSACTIONS $ids
