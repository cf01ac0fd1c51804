// .conlint.yaml in the module disables the rule the blocking consumer would fail: the build passes,
// and the report says which rules ran.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/conlint.sarif'))
assert sarif.runs[0].results.isEmpty()
assert !sarif.runs[0].tool.driver.rules.collect { it.id }.contains('blocking-call-on-event-loop')
return true
