class A:
  @f
