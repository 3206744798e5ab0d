import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

// Port 3000, and no other: the API's CORS_ORIGINS names this exact origin, so silently moving to
// 3001 when 3000 is taken would only trade a clear "port in use" for a puzzling CORS refusal.
export default defineConfig({
  plugins: [react()],
  // @inkwell/client from its sources, as the repository has it, rather than from a build of it
  // that might be stale or missing; a user of the published package gets its dist/.
  resolve: { conditions: ['inkwell-source', ...defaultClientConditions] },
  server: { port: 3000, strictPort: true, host: 'localhost' },
  preview: { port: 3000, strictPort: true, host: 'localhost' },
})
