"""Fits the odd polynomial of the float32 vector tanh for |x| < 0.625:
(tanh x - x) / x^3 = T0 + T1 z + ... + T4 z^4, z = x^2, by weighted least squares with Lawson
reweighting toward the minimax error, then checks it in emulated float32 FMA arithmetic against
float64 tanh. Prints the coefficients used in src/main/codegen/VectorElementwise.java.template.
Run: python3 src/test/python/fit_tanh_f32.py (NumPy only; no fixture is written)."""
import numpy as np
B=0.625
x=np.linspace(1e-4,B,20001)
z=x*x
f=(np.tanh(x)-x)/x**3
# weight: relative error of tanh ~ x^2 * (P-f) / (tanh x / x) 
w=x**2/(np.tanh(x)/x)
deg=4
best=None
W=w.copy()
for it in range(60):
    A=np.vstack([z**k for k in range(deg+1)]).T
    c,*_=np.linalg.lstsq(A*W[:,None], f*W, rcond=None)
    e=np.abs((A@c-f)*w)
    W=W*(e/e.max())**0.5+1e-30  # Lawson-like
    W*= 1/W.max()
    if best is None or e.max()<best[0]: best=(e.max(),c)
print("max rel err", best[0])
c=best[1].astype(np.float32)
print([repr(float(v)) for v in c])
# emulate float32 evaluation with fma
xs=np.float32(np.linspace(0,B,400001)).astype(np.float32)
zs=(xs*xs).astype(np.float32)
def fma(a,b,c): return np.float32(a.astype(np.float64)*b+c)
p=np.full_like(zs,c[4])
for k in (3,2,1,0):
    p=fma(p,zs,np.float32(c[k]))
t=(zs*xs).astype(np.float32)
y=fma(p,t,xs)
ref=np.tanh(xs.astype(np.float64))
ulp=np.spacing(np.float32(ref)).astype(np.float64)
err=np.abs(y-ref)/ulp
print("max ulp", err[xs>0].max())
