from load import *
from sklearn.feature_extraction.text import TfidfVectorizer, HashingVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack, csr_matrix
import json, itertools, sys
words=json.load(open('words.json')); E=np.load('emb.npy'); W2I={w:i for i,w in enumerate(words)}
def rf(n):
    rows=rd(n); fe=[json.loads(l) for l in open(n+'.feat.jsonl')]
    for r,f in zip(rows,fe): r['d']=f['d']; r['w']=f['w']
    return rows
def emb(rows):
    out=np.zeros((len(rows),100),np.float32)
    for i,r in enumerate(rows):
        ws=[W2I[w] for w in r['w'] if w in W2I and w[0].isalnum()]
        if ws: out[i]=E[ws].mean(0)
    return out
val=rf('tweeteval-sentiment-val'); vy=np.array([SENT[r['sentiment']] for r in val])
src={}
src['gold']=[(r,SENT[r['sentiment']]) for n in ['vader-tweets','sentiment140-test'] for r in rf(n)]
src['emo']=[(r,2 if r['emotion'] in('joy','optimism') else 0) for r in rf('tweeteval-emotion')]
emj=rf('tweeteval-emoji')
POS=set('❤ 😍 😊 💕 😘 😁 💙 💜 ✨ 😎 💯'.split()); NEU=set('📷 📸 🇺🇸 🎄'.split())
src['emoji_pos']=[(r,2) for r in emj if r['emoji'] in POS]
src['emoji_neu']=[(r,1) for r in emj if r['emoji'] in NEU]
off=rf('tweeteval-offensive'); hate=rf('tweeteval-hate')
src['off_neg']=[(r,0) for r in off if r['offensive']=='offensive']
src['off_neu']=[(r,1) for r in off if r['offensive']!='offensive']
src['hate_neg']=[(r,0) for r in hate if r['hate']=='hate']
pool=emj+off+hate
src['pseudo']=[(r,2 if r['d'][0]>=.5 else 0 if r['d'][0]<=-.5 else 1) for r in pool if abs(r['d'][0])>=.5 or (r['d'][0]==0 and r['d'][1]==0 and r['d'][2]==0)]
def text(r): return ' '.join(r['w'])
def run(weights, feats=('word','char','emb','vader'), C=1.0, tag=''):
    R=[];Y=[];Wt=[]
    for k,w in weights.items():
        for r,y in src[k]: R.append(r);Y.append(y);Wt.append(w)
    Y=np.array(Y);Wt=np.array(Wt,float)
    for c in range(3): Wt[Y==c]*=Wt.sum()/3/Wt[Y==c].sum()
    mats=[];vm=[]
    if 'word' in feats:
        v=TfidfVectorizer(ngram_range=(1,2),min_df=2,sublinear_tf=True,analyzer=lambda s:s.split(' ')+[a+' '+b for a,b in zip(s.split(' '),s.split(' ')[1:])]); mats.append(v.fit_transform([text(r) for r in R])); vm.append(v.transform([text(r) for r in val]))
    if 'char' in feats:
        v=TfidfVectorizer(analyzer='char_wb',ngram_range=(2,5),min_df=3,sublinear_tf=True); mats.append(v.fit_transform([text(r) for r in R])); vm.append(v.transform([text(r) for r in val]))
    if 'emb' in feats: mats.append(csr_matrix(emb(R)/3)); vm.append(csr_matrix(emb(val)/3))
    if 'vader' in feats: mats.append(csr_matrix(np.array([r['d'] for r in R]))); vm.append(csr_matrix(np.array([r['d'] for r in val])))
    A=hstack(mats).tocsr();B=hstack(vm).tocsr()
    m=LogisticRegression(C=C,max_iter=3000).fit(A,Y,sample_weight=Wt)
    s,rr=mr(vy,m.predict(B)); print(f'{s:.3f}',' '.join(f'{x:.2f}' for x in rr),tag,weights,feats,C,flush=True)
    return m

B='./pkgs/natural/package/lib/natural/sentiment/English/'
pat={k:(float(v['polarity']),float(v['subjectivity'])) for k,v in json.load(open(B+'pattern-sentiment-en.json')).items()}
sen={k:float(v['pol']) for k,v in json.load(open(B+'senticon_en.json')).items() if ' ' not in k}
af=json.load(open('afinn.json')); ex=json.load(open('expanded.json'))
NEG=set('not never no nothing nor without nobody none neither cannot'.split())
def lexf(r):
    ws=r['w']; f=np.zeros(14)
    for i,w in enumerate(ws):
        neg=-1 if any(x in NEG or x.endswith("n't") for x in ws[max(0,i-3):i]) else 1
        if w in af: v=af[w]/5*neg; f[0]+=max(v,0); f[1]+=min(v,0)
        if w in sen: v=sen[w]*neg; f[2]+=max(v,0); f[3]+=min(v,0)
        if w in pat: v=pat[w][0]*neg; f[4]+=max(v,0); f[5]+=min(v,0); f[6]+=pat[w][1]
        if w in ex:
            v=ex[w][0]*neg; f[7]+=max(v,0); f[8]+=min(v,0); f[9]+=ex[w][1]; f[10]=max(f[10],ex[w][1])
    n=max(1,sum(1 for w in ws if w[0].isalnum()))
    f[11]=f[9]/n; f[12]=np.log1p(n); f[13]=(f[0]+f[1])
    return np.tanh(f/2)


T=lambda rs:[' '.join(r['w']) for r in rs]
def build(R,feats,fit=None):
    mats=[]; fit=fit if fit is not None else {}
    if 'word' in feats:
        v=fit.get('word') or TfidfVectorizer(ngram_range=(1,2),min_df=2,sublinear_tf=True,token_pattern=r'\S+').fit(T(R)); fit['word']=v; mats.append(v.transform(T(R)))
    if 'char' in feats:
        v=fit.get('char') or TfidfVectorizer(analyzer='char_wb',ngram_range=(2,5),min_df=3,sublinear_tf=True).fit(T(R)); fit['char']=v; mats.append(v.transform(T(R)))
    if 'emb' in feats: mats.append(csr_matrix(emb(R)/3))
    if 'vader' in feats: mats.append(csr_matrix(np.array([r['d'] for r in R])))
    if 'lex' in feats: mats.append(csr_matrix(np.array([lexf(r) for r in R])))
    return hstack(mats).tocsr(), fit
def run2(weights,feats=('word','char','emb','vader','lex'),C=1.0,ret=False):
    R=[];Y=[];Wt=[]
    for k,w in weights.items():
        for r,y in src[k]: R.append(r);Y.append(y);Wt.append(w)
    Y=np.array(Y);Wt=np.array(Wt,float)
    for c in range(3): Wt[Y==c]*=Wt.sum()/3/Wt[Y==c].sum()
    A,fit=build(R,feats); Bm,_=build(val,feats,fit)
    m=LogisticRegression(C=C,max_iter=3000).fit(A,Y,sample_weight=Wt)
    s,rr=mr(vy,m.predict(Bm)); print(f'{s:.3f}',' '.join(f'{x:.2f}' for x in rr),weights,feats,C,flush=True)
    if ret: return m,fit
