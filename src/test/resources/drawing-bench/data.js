// Seeded data for the drawing spike pages: the same graphs for every library and run.
function rng(seed){return function(){seed|=0;seed=seed+0x6D2B79F5|0;var t=Math.imul(seed^seed>>>15,1|seed);t=t+Math.imul(t^t>>>7,61|t)^t;return((t^t>>>14)>>>0)/4294967296;};}
function makeData(kind){
  var r=rng(kind==='communities'?7:11), nodes=[], edges=[], seen={};
  if(kind==='communities'){
    for(var i=0;i<60;i++){var a=2*Math.PI*i/60;nodes.push({id:'c'+i,name:'Community '+i,people:20+Math.floor(2000*Math.pow(r(),3)),x:Math.cos(a)*100+r()*20,y:Math.sin(a)*100+r()*20});}
    while(edges.length<1000){var f=Math.floor(60*r()),t=Math.floor(60*r());if(f===t||seen[f+'>'+t])continue;seen[f+'>'+t]=1;
      edges.push({from:'c'+f,to:'c'+t,transfers:1+Math.floor(500*Math.pow(r(),3)),reverse:r()});}
  }else{
    var groups=12;
    for(var i=0;i<5000;i++){var g=i%groups,a=2*Math.PI*g/groups;
      nodes.push({id:'p'+i,name:'Person '+i,people:1+Math.floor(10*r()),x:Math.cos(a)*300+(r()+r()+r()-1.5)*120,y:Math.sin(a)*300+(r()+r()+r()-1.5)*120});}
    while(edges.length<15000){var f=Math.floor(5000*r()),t=(r()<0.8)?(f+groups*(1+Math.floor(30*r())))%5000:Math.floor(5000*r());
      if(f===t||seen[f+'>'+t]||seen[t+'>'+f])continue;seen[f+'>'+t]=1;edges.push({from:'p'+f,to:'p'+t,transfers:1+Math.floor(20*Math.pow(r(),3)),reverse:r()});}
  }
  return {nodes:nodes,edges:edges};
}
function reverseColour(s){var a=[59,130,246],b=[234,88,12];return 'rgb('+a.map(function(v,i){return Math.round(v+(b[i]-v)*s);}).join(',')+')';}
function params(){var p={};location.search.substring(1).split('&').forEach(function(kv){var s=kv.split('=');if(s[0])p[s[0]]=decodeURIComponent(s[1]||'');});return p;}
function done(result){result.total=performance.now();window.drawResult=result;document.title='done';}
