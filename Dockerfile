# The Liaison app (API + built web) for docker compose. Neo4j runs in its own service.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY api/package.json api/package.json
COPY web/package.json web/package.json
RUN npm ci --include=dev --no-audit --no-fund
COPY tsconfig.base.json ./
COPY api api
COPY web web
COPY cypher cypher
COPY seed seed
COPY tools/neo4j tools/neo4j
RUN npx vite build web
USER node
EXPOSE 8080
CMD ["npx", "tsx", "api/src/main.ts"]
