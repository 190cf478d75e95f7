a in not b
