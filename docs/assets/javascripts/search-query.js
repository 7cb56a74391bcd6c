/* Folds accents out of search queries and drops lunr's stop words, as the index was
   treated: see hooks/explainer/search.py. Material 9.8 posts {type: 2, data: query}.
   When a reader searches, or opens a result (?h=), it loads search-highlight.js. */
(function () {
  var here = document.currentScript && document.currentScript.src
  var highlighting = false
  function highlightFolded() {
    if (highlighting || !here) return
    highlighting = true
    var script = document.createElement("script")
    script.src = new URL("search-highlight.js", here).href
    document.head.appendChild(script)
  }
  var stop = new Set(("a able about across after all almost also am among an and any are as at be because been " +
    "but by can cannot could dear did do does either else ever every for from get got had has have he her hers him " +
    "his how however i if in into is it its just least let like likely may me might most must my neither no nor not " +
    "of off often on only or other our own rather said say says she should since so some than that the their them " +
    "then there these they this tis to too twas us wants was we were what when where which while who whom why will " +
    "with would yet you your").split(" "))
  var undecomposed = { "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th" }
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/[øđłıßæœþ]/g, function (c) { return undecomposed[c] })
  }
  function rewrite(query) {
    var words = fold(query).split(/\s+/).filter(Boolean)
    var kept = words.filter(function (word) { return !stop.has(word) })
    return (kept.length ? kept : words).join(" ")
  }
  [window.Worker, window.IFrameWorker].forEach(function (Worker) {
    if (typeof Worker !== "function" || Worker.prototype.explainerQueries) return
    var post = Worker.prototype.postMessage
    Worker.prototype.postMessage = function (message) {
      var args = [].slice.call(arguments)
      if (message && message.type === 2 && typeof message.data === "string") {
        args[0] = Object.assign({}, message, { data: rewrite(message.data) })
        if (message.data.trim()) highlightFolded()
      }
      return post.apply(this, args)
    }
    Worker.prototype.explainerQueries = true
  })
  window.explainerSearchQuery = { fold: fold, rewrite: rewrite }
  if (new URLSearchParams(location.search).has("h")) highlightFolded()
})()
