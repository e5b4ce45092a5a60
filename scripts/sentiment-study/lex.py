import json, numpy as np, re
from sklearn.linear_model import Ridge, LogisticRegression
B='./pkgs/natural/package/lib/natural/sentiment/English/'
pat={k:(float(v['polarity']),float(v['subjectivity'])) for k,v in json.load(open(B+'pattern-sentiment-en.json')).items()}
sen={k:float(v['pol']) for k,v in json.load(open(B+'senticon_en.json')).items() if ' ' not in k}
af={}
af=json.load(open('./afinn.json'))
vad={}
import gzip,os
for l in open('../../../node_modules/vader-sentiment/vader_lexicon.txt',encoding='utf8'):
    p=l.split('\t'); 
    if len(p)>=2: vad[p[0]]=float(p[1])
print(len(pat),len(sen),len(af),len(vad))
words=json.load(open('words.json')); E=np.load('emb.npy'); W2I={w:i for i,w in enumerate(words)}
# target polarity: average of available lexicons normalised to -1..1
tgt={}
for d,scale in [(vad,4),(af,5),(sen,1),({k:v[0] for k,v in pat.items()},1)]:
    for k,v in d.items():
        if k in W2I: tgt.setdefault(k,[]).append(v/scale)
ks=[k for k in tgt]; X=E[[W2I[k] for k in ks]]; y=np.array([np.mean(tgt[k]) for k in ks])
# subjectivity: lexicon words (|pol|>0.1) vs frequent non-lexicon words
lexset=set(k for k in ks if abs(np.mean(tgt[k]))>0.1)
neutral=[w for w in words[:30000] if w not in tgt and w.isalpha()]
print('lex words',len(ks),'subj pos',len(lexset),'neutral',len(neutral))
from sklearn.model_selection import cross_val_predict
r=Ridge(alpha=10); pr=cross_val_predict(r,X,y,cv=5); print('polarity corr',np.corrcoef(pr,y)[0,1])
r.fit(X,y)
sx=np.vstack([E[[W2I[k] for k in lexset]],E[[W2I[k] for k in neutral]]]); sy=np.r_[np.ones(len(lexset)),np.zeros(len(neutral))]
lr=LogisticRegression(C=1,max_iter=2000,class_weight='balanced'); 
from sklearn.metrics import roc_auc_score
print('subj auc',roc_auc_score(sy,cross_val_predict(lr,sx,sy,cv=5,method='decision_function')))
lr.fit(sx,sy)
N=100000
pol=r.predict(E[:N]); sub=lr.predict_proba(E[:N])[:,1]
exp={words[i]:(float(pol[i]),float(sub[i])) for i in range(N) if words[i].replace("'","").isalnum()}
for k,v in tgt.items():
    if k in exp: exp[k]=(float(np.mean(v)),1.0 if k in lexset else exp[k][1])
json.dump(exp,open('expanded.json','w'))
for w in ['darkness','launch','trailer','confirmed','friday','tequila','bandwagon','awful','gorgeous','election','rally','ugh','lol']:
    print(w,exp.get(w))
