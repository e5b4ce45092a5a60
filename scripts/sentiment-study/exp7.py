from common import *
m,fit=run2({'gold':1,'emo':1,'pseudo':.5},C=0.3,ret=True)
Bm,_=build(val,('word','char','emb','vader','lex'),fit)
S=m.decision_function(Bm)
best=(0,)
for a in np.arange(-2,2.01,0.1):
    for b in np.arange(-2,2.01,0.1):
        p=(S+np.array([a,0,b])).argmax(1); s=mr(vy,p)[0]
        if s>best[0]: best=(s,a,b)
print('oracle offsets',best)
# cross-validated on val (5 folds) upper bound of in-domain training
from sklearn.model_selection import cross_val_predict
A,f2=build(val,('word','char','vader','lex'))
p=cross_val_predict(LogisticRegression(C=1,max_iter=3000,class_weight='balanced'),A,vy,cv=5)
print('in-domain 5-fold CV on val only (1600 train)',mr(vy,p))
