// A citation opens its article and marks the sentence it points to.
function show(id){
  var el=document.getElementById(id); if(!el) return;
  var d=el.closest('details'); if(d) d.open=true;
  document.querySelectorAll('.sentence.hl').forEach(function(x){x.classList.remove('hl')});
  el.classList.add('hl'); el.scrollIntoView({block:'center'});
}
document.querySelectorAll('a[data-target]').forEach(function(a){
  a.addEventListener('click',function(){show(a.dataset.target)});
});
if(location.hash) show(location.hash.slice(1));
// Entity chips filter who-said-what.
document.querySelectorAll('.chip').forEach(function(c){
  c.addEventListener('click',function(){
    var on=c.getAttribute('aria-pressed')!=='true';
    document.querySelectorAll('.chip').forEach(function(x){x.setAttribute('aria-pressed','false')});
    c.setAttribute('aria-pressed', on?'true':'false');
    document.querySelectorAll('.speaker').forEach(function(s){
      s.hidden = on && s.dataset.speaker!==c.dataset.entity;
    });
  });
});
