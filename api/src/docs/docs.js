// Renders /api/openapi.json as a readable page: one section per route with its parameters and its
// response schema. Served from 'self' (helmet's CSP) and written with DOM calls only, no innerHTML
// of spec text, so descriptions can never inject markup.
'use strict';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function resolve(spec, schema) {
  if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split('/').pop()];
  return schema;
}

function typeOf(schema) {
  if (!schema) return '';
  if (schema.enum) return schema.enum.join(' | ');
  if (schema.type === 'array') return `list of ${typeOf(schema.items)}`;
  const bounds = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${schema.maximum}`);
  if (schema.default !== undefined) bounds.push(`default ${JSON.stringify(schema.default)}`);
  return [schema.type || 'any', ...bounds].join(', ');
}

function parameterTable(parameters) {
  const rows = parameters.map((parameter) =>
    el('tr', {}, el('td', {}, el('code', {}, parameter.name)), el('td', {}, parameter.in), el('td', {}, parameter.required ? 'yes' : ''), el('td', {}, typeOf(parameter.schema)), el('td', {}, parameter.description || '')),
  );
  return el('table', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'in'), el('th', {}, 'required'), el('th', {}, 'type'), el('th', {}, 'description')), ...rows);
}

function route(spec, path, method, operation) {
  const section = el('section', { class: 'route' });
  section.append(el('h2', {}, el('span', { class: `method ${method}` }, method), ' ', el('code', {}, path)));
  if (operation.summary) section.append(el('p', {}, operation.summary));
  if (operation.parameters && operation.parameters.length) section.append(parameterTable(operation.parameters));
  const body = operation.requestBody && operation.requestBody.content['application/json'];
  if (body) section.append(el('details', {}, el('summary', {}, 'Request body'), el('pre', {}, JSON.stringify(resolve(spec, body.schema), null, 2))));
  for (const [status, response] of Object.entries(operation.responses || {})) {
    const content = response.content && response.content['application/json'];
    const schema = content ? JSON.stringify(resolve(spec, content.schema), null, 2) : '';
    section.append(el('details', {}, el('summary', {}, `${status} — ${response.description}`), el('pre', {}, schema)));
  }
  return section;
}

fetch('/api/openapi.json')
  .then((response) => response.json())
  .then((spec) => {
    const main = document.getElementById('routes');
    main.replaceChildren();
    if (spec.info && spec.info.description) main.append(el('p', {}, spec.info.description));
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(methods)) main.append(route(spec, path, method, operation));
    }
  })
  .catch((error) => {
    document.getElementById('routes').replaceChildren(el('p', {}, `Could not load the specification: ${error.message}`));
  });
