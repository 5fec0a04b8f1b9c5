// Liaison schema. Idempotent: every statement uses IF NOT EXISTS, so `npm start` applies it each time.
// One uniqueness constraint on `id` per label (stable slugs; never Neo4j internal ids).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
// Every node also carries :Entity so one lookup by id works whatever the label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Property indexes for the filters the explorer uses most.
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
// Full-text search over names and aliases in both languages; standard-folding folds case and accents
// ("belarus" finds "Bélarus", "onudc" finds "ONUDC").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Actor|Instrument|Event|Country|City|Person|Programme|Topic|Source)
ON EACH [n.name_en, n.name_fr, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// Curation (issue 14): audit records, merge redirects and the review queue. Technical labels, never :Entity.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_element IF NOT EXISTS FOR (n:Change) ON (n.element_id);
// Every element id a change touched, between separators: history reads it with CONTAINS (see curate-history).
CREATE TEXT INDEX change_touches IF NOT EXISTS FOR (n:Change) ON (n.touches);
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE INDEX redirect_to IF NOT EXISTS FOR (n:Redirect) ON (n.to);
CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (n:Suggestion) REQUIRE n.id IS UNIQUE;
CREATE INDEX suggestion_status IF NOT EXISTS FOR (n:Suggestion) ON (n.status);
// Ingested documents (api/src/ingest): one Source per content hash (a re-ingested file is refused,
// even when two uploads race), and passages looked up by id from provenance.
CREATE CONSTRAINT source_content_sha256 IF NOT EXISTS FOR (n:Source) REQUIRE n.content_sha256 IS UNIQUE;
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
// Accounts, sessions and personal API tokens (issue 14). Never :Entity, so search, expand, paths and
// exports never reach them; the console needs the admin role once an account exists (docs/reliability.md).
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_name IF NOT EXISTS FOR (n:Account) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT session_digest IF NOT EXISTS FOR (n:Session) REQUIRE n.digest IS UNIQUE;
CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expires);
CREATE INDEX session_account IF NOT EXISTS FOR (n:Session) ON (n.account_id);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_digest IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.digest IS UNIQUE;
CREATE INDEX api_token_account IF NOT EXISTS FOR (n:ApiToken) ON (n.account_id);
CREATE CONSTRAINT app_secret_name IF NOT EXISTS FOR (n:AppSecret) REQUIRE n.name IS UNIQUE;
