# One image for the api and the worker (the command picks which).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
# The api's heap and allocator settings (README "Runtime" → "Memory on Node 24"; `npm run demo` uses
# scripts/runtime-memory.ts). docker-compose.yml gives the worker its own NODE_OPTIONS.
ENV NODE_ENV=production NODE_OPTIONS="--max-semi-space-size=16 --max-old-space-size=256" MALLOC_MMAP_THRESHOLD_=4194304
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The document fonts (Fandol, GB/T 9704 faces) the 司法建议书 PDF embeds.
COPY --from=build /app/assets ./assets
COPY package.json ./
RUN mkdir -p /data/storage && chown node:node /data/storage
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
