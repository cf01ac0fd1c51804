// One report per module: orders blocks its event loop, billing does not; scan never fails the build.
def json = new groovy.json.JsonSlurper()
def orders = json.parse(new File(basedir, 'orders/target/conlint.sarif')).runs[0].results
def billing = json.parse(new File(basedir, 'billing/target/conlint.sarif')).runs[0].results
assert orders.size() == 1 && orders[0].ruleId == 'blocking-call-on-event-loop'
assert billing.isEmpty()
def uri = orders[0].locations[0].physicalLocation.artifactLocation.uri
assert uri.endsWith('orders/src/main/java/com/example/orders/OrderVerticle.java') : uri
return true
