// Material loads one search index for both languages. Hand its search worker only
// the pages in the reader's language (English pages live under en/).
(() => {
  const post = Worker.prototype.postMessage;
  const english = document.documentElement.lang === "en";
  Worker.prototype.postMessage = function (message, ...rest) {
    const docs = message && message.type === 0 && message.data && message.data.docs;  // 0: search setup
    if (Array.isArray(docs)) {
      const own = docs.filter((doc) => doc.location.startsWith("en/") === english);
      message = { ...message, data: { ...message.data, docs: own } };
    }
    return post.call(this, message, ...rest);
  };
})();
