// ESLint's max-lines-per-function, except for the callback passed to `describe(...)`: in a test file that
// callback is a list of cases (each `it` callback is still held to the limit), not a function with one role.
import { builtinRules } from 'eslint/use-at-your-own-risk'

const coreRule = builtinRules.get('max-lines-per-function')

/** True for the function passed as an argument to `describe(...)`, `describe.each(...)(...)` and the like. */
function isDescribeCallback(node) {
  const call = node.parent
  if (call?.type !== 'CallExpression' || !call.arguments.includes(node)) return false
  let callee = call.callee
  while (callee.type === 'MemberExpression' || callee.type === 'CallExpression') {
    callee = callee.type === 'MemberExpression' ? callee.object : callee.callee
  }
  return callee.type === 'Identifier' && callee.name === 'describe'
}

export default {
  meta: { ...coreRule.meta, docs: { description: 'max-lines-per-function, describe callbacks excepted' } },
  create(context) {
    // The core rule reports through context.report; a wrapper context drops the describe callbacks' reports.
    const filtered = Object.create(context, {
      report: {
        value: (descriptor) => {
          if (!isDescribeCallback(descriptor.node)) context.report(descriptor)
        },
      },
    })
    return coreRule.create(filtered)
  },
}
