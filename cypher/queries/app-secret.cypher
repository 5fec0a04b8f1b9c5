// The app's generated secret of a given name, created once (the first instance wins; the unique
// constraint app_secret_name makes a concurrent second creation fail, and the caller reads again).
// Params: $name, $candidate (a fresh random value, used only if none exists).
MERGE (s:AppSecret {name: $name})
ON CREATE SET s.value = $candidate
RETURN s.value AS value
