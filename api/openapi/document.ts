import { OpenAPIRegistry, OpenApiGeneratorV3, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'ow_session' });
  return registry;
}

export function buildDocument(registry: OpenAPIRegistry) {
  return new OpenApiGeneratorV3(registry.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'OneWindow 一窗通办 API',
      version: '1.0.0',
      description:
        'Writes need the session cookie and the header `x-csrf-token` (value of the `ow_csrf` cookie). Errors: `{ error: { code, message (zh-CN), messageEn, details } }`.',
    },
    servers: [{ url: '/' }],
  });
}

/** A browsable page for the document, with no external assets (the console's CSP allows only self). */
export const OPENAPI_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>OneWindow API</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:1100px}code{background:#f3f3f3;padding:0 4px}
.op{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.5rem 1rem}.m{display:inline-block;width:4.5rem;font-weight:bold;text-transform:uppercase}
details pre{background:#fafafa;padding:.5rem;overflow:auto}</style></head><body><h1>OneWindow 一窗通办 API</h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p><div id="ops">loading…</div>
<script src="/api/docs/app.js"></script></body></html>`;

export const OPENAPI_PAGE_SCRIPT = `fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
const out=[];const esc=s=>String(s).replace(/[&<>]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));
for(const [p,ops] of Object.entries(doc.paths))for(const [m,op] of Object.entries(ops)){
out.push('<div class="op"><span class="m">'+m+'</span><code>'+esc(p)+'</code> '+esc(op.summary||'')+
'<details><summary>schema</summary><pre>'+esc(JSON.stringify({request:op.requestBody||op.parameters,responses:op.responses},null,1))+'</pre></details></div>');}
document.getElementById('ops').innerHTML=out.join('');});`;
