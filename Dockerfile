# Inkwell's image: `docker build -t inkwell .`, then `docker run -p 5000:5000 -v inkwell-data:/data inkwell`.
# The runtime stage's steps are exactly what test/production.test.ts runs outside a container.

# Build: every dependency, the TypeScript compiled into dist/, then a production-only tree in /app.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY client/package.json client/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY scripts scripts
RUN npm run build
RUN mkdir /app && cp -r package.json package-lock.json scripts dist node_modules /app/ && cd /app && npm prune --omit=dev --no-audit --no-fund

# Runtime: production dependencies and the built output only, run by an unprivileged user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=5000 DATABASE_URL=sqlite:/data/app.db
WORKDIR /app
COPY --from=build /app /app
RUN mkdir /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 5000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, so SIGTERM from `docker stop` reaches the server, which drains and exits 0.
# Other commands: `docker run inkwell migrate`, `docker run -it inkwell admin create-user ada ada@example.com`.
ENTRYPOINT ["node", "dist/cli/inkwell.js"]
CMD ["serve"]
