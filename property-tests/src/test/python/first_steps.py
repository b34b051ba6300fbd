#!/usr/bin/env python3
"""The NumPy twin of README.md's FirstSteps ("Using it"): what it prints is the README's ```text
block that ReadmeJava compares the Java program's output with.

    python3 property-tests/src/test/python/first_steps.py
"""
import numpy as np

a = np.arange(12).reshape(3, 4)
v = a[1:, ::-1]
v[0, 0] = -1
print(a)
print(a.sum(axis=0))

np.random.seed(42)
x = np.random.randn(4, 3)
z = (x - x.mean(axis=0)) / x.std(axis=0)
print(z)
print(z.argmax(axis=1))
