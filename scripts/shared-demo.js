// `npm run start:shared`: the demo dashboard on the reference server, so two browsers signed in as different
// demo people share one graph live. The server runs in development mode (its dev sign-in on) on the embedded
// database in ./data/shared-demo (or DATABASE_URL), seeded once with the demo world; Vite serves the page and
// proxies /api to the server, so the page and the API share one origin (no CORS). Ctrl-C stops both.
import { randomBytes } from 'node:crypto';
import { createServer } from 'vite';
import { configFromEnv, seedDemoWorld, startServer } from '../server/dist/index.js';

const config = configFromEnv({
  ...process.env,
  CONTACTS_MODE: 'development',
  JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('hex'),
  DATA_DIR: process.env.DATA_DIR || './data/shared-demo',
  HOST: '127.0.0.1',
  PORT: process.env.API_PORT || '0',
});
const api = await startServer(config);
const seeded = await seedDemoWorld(api.db, config.schema);

const vite = await createServer({
  server: {
    port: Number(process.env.PORT || 5173),
    proxy: { '/api': { target: api.url, changeOrigin: true, rewrite: (path) => path.replace(/^\/api/, '') } },
  },
  plugins: [
    {
      name: 'contacts-api-meta',
      transformIndexHtml: (html) => html.replace('</head>', '  <meta name="contacts-api" content="/api">\n  </head>'),
    },
  ],
});
await vite.listen();
const page = vite.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(
  `Shared demo: API ${api.url} (${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}${seeded ? ', seeded with the demo world' : ''}).`,
);
console.log(`Open two browsers (or a normal and a private window), as two people:\n  ${page}?viewer=joe-bloggs\n  ${page}?viewer=jane-doe`);

const stop = async () => {
  await vite.close();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
