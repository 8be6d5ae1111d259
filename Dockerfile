# One image for the whole suite; each service runs it with its own command (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
COPY proto ./proto
COPY bin ./bin
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund && npx tsc -b && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
# The tariff data is mounted at /data (HS_DATA_DIR); it is never baked into the image.
ENV HS_DATA_DIR=/data
USER node
