/**
 * The XML schemas the exports are validated against, vendored with their licences under
 * tests/fixtures/xsd/ (see the README there). GraphML's schema set is looked for and its absence
 * reported (never silently) by the tests that use it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const xsd = path.resolve(import.meta.dirname, '..', 'fixtures', 'xsd');

/** GEXF 1.3 (gexf.xsd with dynamics.xsd and viz.xsd beside it). */
export const gexfSchema = path.join(xsd, 'gexf-1.3', 'gexf.xsd');

/**
 * GraphML 1.0 as extended through its own extension point (`edge.extra.attrib`) with the edge
 * `label` attribute Gephi reads: tests/fixtures/xsd/liaison-graphml.xsd redefines graphml.xsd.
 */
export const graphmlSchema: { path?: string; plain?: string; missing?: string } = existsSync(path.join(xsd, 'graphml-1.0', 'graphml-structure.xsd'))
  ? { path: path.join(xsd, 'liaison-graphml.xsd'), plain: path.join(xsd, 'graphml-1.0', 'graphml.xsd') }
  : { missing: 'the GraphML 1.0 schema set (graphml.xsd, graphml-structure.xsd, xlink.xsd) is not vendored in tests/fixtures/xsd/graphml-1.0/' };

/** What the plain GraphML 1.0 schema says about the one extension attribute, and nothing else. */
export const GRAPHML_LABEL_EXTENSION = /Attribute 'label' is not allowed to appear in element 'edge'/;
