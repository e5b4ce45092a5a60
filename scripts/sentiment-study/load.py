import json, gzip, numpy as np, re
D='../../../data/train/'
def rd(n): return [json.loads(l) for l in gzip.open(D+n+'.jsonl.gz','rt')]
SENT={'negative':0,'neutral':1,'positive':2}
def mr(y,p):
    y=np.asarray(y);p=np.asarray(p)
    r=[(p[y==c]==c).mean() for c in range(3)]
    return np.mean(r), r
