// Lints BPMN files with bpmnlint's Node API and the Camunda 8.8 compatibility rules (zeebe moddle extensions).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const BpmnModdle = require('bpmn-moddle');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const config = { extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8'],
  rules: {} };
const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
let problems = 0;
for (const file of process.argv.slice(2)) {
  const moddle = new BpmnModdle({ zeebe });
  const { rootElement } = await moddle.fromXML(readFileSync(file, 'utf8'));
  const results = await linter.lint(rootElement);
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) {
      const level = r.category === 'warn' ? 'warning' : 'error';
      if (level === 'error') problems++;
      console.log(`${file}: ${level} ${rule}: ${r.id || ''} ${r.message}`);
    }
  }
}
console.log(problems ? `${problems} problem(s)` : 'BPMN lint: no errors');
process.exit(problems ? 1 : 0);
