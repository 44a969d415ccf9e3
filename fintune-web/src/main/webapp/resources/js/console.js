/* FinTune console: moments in the reader's own locale and time zone. The server writes
   <time class="ft-time" datetime="2024-05-01T08:30:12Z">1 May 2024, 08:30 UTC</time>; this rewrites the text. */
(function () {
    function localTimes() {
        document.querySelectorAll('time.ft-time').forEach(function (t) {
            var moment = new Date(t.getAttribute('datetime'));
            if (!isNaN(moment.getTime())) {
                t.textContent = moment.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
                t.title = t.getAttribute('datetime');
            }
        });
    }
    document.addEventListener('DOMContentLoaded', localTimes);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', localTimes);
    }
    window.ftLocalTimes = localTimes;
})();
