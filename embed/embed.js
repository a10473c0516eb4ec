/*! Funnel Planner embed. One line on any page:
 *  <script src="https://your.cdn/funnel-planner/embed.js" data-lang="fr" async></script>
 * or placeholders: <div data-funnel-planner data-goal="250000"></div> + the script once.
 * Every data-* attribute becomes a widget parameter (see the README's table). */
(function () {
  'use strict';
  var SOURCE = 'funnel-planner';
  var HOST_SOURCE = 'funnel-planner-host';
  var VERSION = 1;
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : location.href);
  var widgetOrigin = base.origin;
  var registry = (window.FunnelPlannerEmbed = window.FunnelPlannerEmbed || { count: 0 });
  var widgets = {};

  function params(el) {
    var p = new URLSearchParams();
    el.getAttributeNames().forEach(function (name) {
      if (name.indexOf('data-') === 0 && name !== 'data-funnel-planner' && name !== 'data-title') {
        p.set(name.slice(5), el.getAttribute(name));
      }
    });
    return p;
  }

  function send(widget, type, body) {
    var message = { source: HOST_SOURCE, version: VERSION, type: type };
    for (var k in body) message[k] = body[k];
    if (widget.frame.contentWindow) widget.frame.contentWindow.postMessage(message, widgetOrigin);
  }

  function mount(host, config) {
    if (host.funnelPlanner) return host.funnelPlanner;
    var id = 'fp' + ++registry.count;
    config = config || params(host);
    config.set('embed', '1');
    config.set('host', location.origin);
    config.set('id', id);
    var frame = document.createElement('iframe');
    var fr = (config.get('lang') || document.documentElement.lang || '').slice(0, 2) === 'fr';
    frame.title = host.getAttribute('data-title') || (fr ? "Planificateur d'entonnoir de vente" : 'Sales funnel planner');
    frame.src = new URL('index.html?' + config.toString(), base).href;
    frame.loading = 'lazy';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads allow-modals allow-popups');
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = '640px';
    frame.style.overflow = 'hidden';
    frame.setAttribute('scrolling', 'no');
    host.appendChild(frame);
    var widget = { id: id, host: host, frame: frame };
    widgets[id] = widget;
    host.funnelPlanner = {
      id: id,
      frame: frame,
      setInputs: function (values) { send(widget, 'set-inputs', { values: values }); },
      setLanguage: function (lang) { send(widget, 'set-language', { lang: lang }); }
    };
    return host.funnelPlanner;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== widgetOrigin || !data || data.source !== SOURCE || data.version !== VERSION) return;
    var widget = widgets[data.id];
    // Only the widget's own frame may speak for it.
    if (!widget || event.source !== widget.frame.contentWindow) return;
    if (data.type === 'height' && data.height > 0) widget.frame.style.height = Math.ceil(data.height) + 'px';
    widget.host.dispatchEvent(new CustomEvent('funnel-planner:' + data.type, { detail: data, bubbles: true }));
  });

  registry.mount = registry.mount || mount;
  var placeholders = document.querySelectorAll('[data-funnel-planner]');
  if (placeholders.length) {
    Array.prototype.forEach.call(placeholders, function (el) { mount(el); });
  } else if (script && script.parentNode) {
    var host = document.createElement('div');
    host.className = 'funnel-planner-embed';
    script.parentNode.insertBefore(host, script.nextSibling);
    mount(host, params(script));
  }
})();
