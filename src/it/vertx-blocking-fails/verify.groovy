// The build fails on the JDBC call the event-bus consumer reaches through OrderDao, and says why.
def log = new File(basedir, 'build.log').text
assert log.contains('[blocking-call-on-event-loop]') : 'the finding is in the log'
assert log.contains('OrderDao.status') && log.contains('via ') : 'with its call chain'
assert log.contains('1 finding at or above warning') : 'and the goal says why the build fails'
def sarif = new File(basedir, 'target/conlint.sarif')
assert sarif.isFile() : 'the SARIF report is written before the build fails'
def results = new groovy.json.JsonSlurper().parse(sarif).runs[0].results
assert results.size() == 1 && results[0].ruleId == 'blocking-call-on-event-loop'
assert results[0].codeFlows : 'the chain is in the SARIF too'
return true
