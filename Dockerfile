# syntax=docker/dockerfile:1
# PlanBot: build the TypeScript in one stage, run the compiled JavaScript in a slim, non-root image.
# No secret is baked in: pass TELEGRAM_BOT_TOKEN, DISCORD_TOKEN, ... at run time (env_file in compose.yaml).

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The bundled knowledge base and the chart font; dist/ finds them at ../data and ../assets, the same
# depth as from src/.
COPY data ./data
COPY assets ./assets
USER node
EXPOSE 8080
# node 20 has fetch, so no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node as PID 1 receives SIGTERM directly: the service shuts down gracefully within 10 s.
CMD ["node", "dist/main.js"]
