#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a community register as a large XLSX workbook (shared strings, as Excel, WPS and Calc write
# them) for the "50 MB sheet" measurement in docs/benchmarks.md:
#   tests/benchmarks/big_register.py ROWS FILE.xlsx     (800000 rows give about 50 MB)
import random
import sys
import zipfile
rows = int(sys.argv[1]); out = sys.argv[2]
random.seed(1)
ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'''
wb = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>'''
wbrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'''
cols = "ABCDEFGHIJ"
idx={}; strs=[]
def s(r,c,t):
    if t not in idx: idx[t]=len(strs); strs.append(t)
    return "<c r=\"%s%d\" t=\"s\"><v>%d</v></c>"%(cols[c],r,idx[t])
def n(r,c,v): return '<c r="%s%d"><v>%s</v></c>'%(cols[c],r,v)
with zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('xl/workbook.xml',wb); z.writestr('xl/_rels/workbook.xml.rels',wbrels)
    with z.open('xl/worksheets/sheet1.xml','w') as f:
        f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        hdr=['社区编码','社区名称','类型','区县','街道','户数','人口','面积（公顷）','建成年份','备注']
        f.write(('<row r="1">'+''.join(s(1,i,h) for i,h in enumerate(hdr))+'</row>').encode())
        for r in range(2, rows+2):
            code='BIG-%07d'%r
            f.write(('<row r="%d">'%r + s(r,0,code)+s(r,1,'第%d社区'%r)+s(r,2,'老旧小区')+s(r,3,'区县%d'%(r%97))+s(r,4,'街道%d'%(r%1013))
                     +n(r,5,random.randint(300,9000))+n(r,6,random.randint(900,30000))+n(r,7,round(random.uniform(1,80),2))+n(r,8,random.randint(1960,2020))
                     +s(r,9,'备注：随机生成的测试数据，第%d行，用于衡量大型工作簿的读取时间与内存'%r)+'</row>').encode())
        f.write(b'</sheetData></worksheet>')
    from xml.sax.saxutils import escape
    z.writestr('xl/sharedStrings.xml','<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'%(len(strs),len(strs))+''.join('<si><t>%s</t></si>'%escape(t) for t in strs)+'</sst>')
