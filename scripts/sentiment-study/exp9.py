from common import *
from sklearn.model_selection import StratifiedKFold
feats=('word','char','emb','vader','lex')
def cv(weights,vw,C=0.3,feats=feats):
    R0=[];Y0=[];W0=[]
    for k,w in weights.items():
        for r,y in src[k]: R0.append(r);Y0.append(y);W0.append(w)
    P=np.zeros(len(val),int)
    for tr,te in StratifiedKFold(5,shuffle=True,random_state=0).split(np.zeros(len(vy)),vy):
        R=R0+[val[i] for i in tr]; Y=np.array(Y0+[vy[i] for i in tr]); Wt=np.array(W0+[vw]*len(tr),float)
        for c in range(3): Wt[Y==c]*=Wt.sum()/3/Wt[Y==c].sum()
        A,fit=build(R,feats); Bm,_=build([val[i] for i in te],feats,fit)
        P[te]=LogisticRegression(C=C,max_iter=3000).fit(A,Y,sample_weight=Wt).predict(Bm)
    s,rr=mr(vy,P); print(f'{s:.3f}',' '.join(f'{x:.2f}' for x in rr),weights,vw,C,feats,flush=True)
cv({'gold':1,'emo':1,'pseudo':.5},1)
cv({'gold':1,'emo':1,'pseudo':.5},3)
cv({'gold':1,'emo':1,'pseudo':.5},10)
cv({'gold':1,'emo':1},3,C=1)
