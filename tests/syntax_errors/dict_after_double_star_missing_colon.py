{**a, b c}
