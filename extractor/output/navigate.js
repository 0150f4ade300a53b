/* Navigation: the document list, row and highlight clicks, and the URL fragment (#doc=2&click=3). */
(function(){
  function sections(){return Array.prototype.slice.call(document.querySelectorAll('section.doc'));}
  function show(d){
    sections().forEach(function(s){s.classList.toggle('active', s.dataset.doc===String(d));});
    document.querySelectorAll('#doclist a').forEach(function(a){a.classList.toggle('active', a.dataset.doc===String(d));});
  }
  function select(d,k,scroll){
    document.querySelectorAll('.selected').forEach(function(e){e.classList.remove('selected');});
    var sec=document.getElementById('doc-'+d); if(!sec) return false;
    var row=sec.querySelector('tr[data-issue="'+k+'"]'); var marks=sec.querySelectorAll('mark[data-issue="'+k+'"]');
    if(!row) return false;
    show(d); row.classList.add('selected');
    marks.forEach(function(m){m.classList.add('selected');});
    var out=document.getElementById('selected');
    out.value=d+':'+k; out.textContent=d+':'+k; out.dataset.doc=d; out.dataset.issue=k; out.dataset.marks=marks.length;
    if(scroll!==false){
      var pane=sec.querySelector('.text'), side=sec.querySelector('.issues .rows');
      if(marks.length){pane.scrollTop=Math.max(0, marks[0].offsetTop-pane.clientHeight/3);}
      if(row.offsetTop<side.scrollTop || row.offsetTop>side.scrollTop+side.clientHeight-40){side.scrollTop=Math.max(0,row.offsetTop-60);}
    }
    return true;
  }
  document.addEventListener('click',function(ev){
    var t=ev.target.closest('tr[data-issue],mark[data-issue],#doclist a'); if(!t) return;
    if(t.matches('#doclist a')){ev.preventDefault(); show(t.dataset.doc); return;}
    var sec=t.closest('section.doc'); select(sec.dataset.doc, t.dataset.issue, true);
  });
  document.addEventListener('keydown',function(ev){
    if(ev.key==='Enter' && ev.target.matches && ev.target.matches('mark[data-issue],tr[data-issue]')){ev.target.click();}
  });
  function fromHash(){
    var h=location.hash.replace(/^#/,''); if(!h) return;
    var p={}; h.split('&').forEach(function(kv){var i=kv.indexOf('='); if(i>0) p[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));});
    var d=p.doc||'1'; show(d);
    if(p.click){ var sec=document.getElementById('doc-'+d); var row=sec&&sec.querySelector('tr[data-issue="'+p.click+'"]');
      if(row){ row.click(); } }
  }
  sections().forEach(function(s){
    var ids={}; s.querySelectorAll('mark.issue').forEach(function(m){ids[m.dataset.issue]=1;});
    s.dataset.highlights=Object.keys(ids).length;
  });
  document.body.dataset.ready='1';
  window.addEventListener('hashchange',fromHash); fromHash();
})();
