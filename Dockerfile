# baoxun's app image; Neo4j runs in its own container (see docker-compose.yml).
# Build stage: compilers for nodejieba's native module (its prebuilt download is not used).
FROM node:20-bookworm-slim AS build
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Dependencies first, so a source change does not rebuild nodejieba. --ignore-scripts because
# the root `prepare` script builds sources not copied yet; then only the two packages with
# install scripts are built.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --ignore-scripts && npm rebuild nodejieba esbuild
COPY . .
RUN npm run build && npm prune --omit=dev

# Runtime stage: no compilers, no dev dependencies; poppler and tesseract (simplified Chinese)
# read uploaded PDF pages and scans.
FROM node:20-bookworm-slim
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils tesseract-ocr tesseract-ocr-chi-sim \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# NEO4J_URI must point at a Neo4j 5 (docker-compose.yml sets bolt://neo4j:7687): the image
# has no Java, so it never starts a local Neo4j.
CMD ["node", "bin/baoxun.js", "start"]
