// gmpscope-bench: prints benchmark figures (release build).
print("gmpscope-bench")
