print("resolute-bench: not written yet")
