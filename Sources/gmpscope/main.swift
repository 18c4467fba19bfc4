// gmpscope command line. Placeholder until the CLI lands.
print("gmpscope")
