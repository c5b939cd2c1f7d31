// Draws the charts of the figures page from the JSON in each canvas's data-chart attribute. The
// server has already grouped the figures so that a chart only adds up one category and one unit;
// approximate figures are a hatched series of their own. Without JavaScript the tables remain.
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  var COLOR = '#1d5c4a';
  // axis numbers as the page's language writes them: 10亿 and 5000万 in Chinese, 1B and 50M in English
  var AXIS_NUMBER = new Intl.NumberFormat(document.documentElement.lang || 'zh-CN',
    { notation: 'compact', maximumFractionDigits: 2 });
  var BAR_HEIGHT = 28;
  var CHROME_HEIGHT = 90;

  // diagonal stripes, so "approximate" does not rely on colour alone
  function hatch(color) {
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var context = tile.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 8, 8);
    context.strokeStyle = color;
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(0, 8);
    context.lineTo(8, 0);
    context.stroke();
    return context.createPattern(tile, 'repeat');
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    // a horizontal bar per place or type: the box grows with the number of bars
    canvas.parentElement.style.height = (data.labels.length * BAR_HEIGHT + CHROME_HEIGHT) + 'px';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: data.exactLabel, data: data.exact, backgroundColor: COLOR },
          { label: data.approximateLabel, data: data.approximate, backgroundColor: hatch(COLOR),
            borderColor: COLOR, borderWidth: 1 }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, beginAtZero: true, title: { display: true, text: data.unit },
               ticks: { callback: function (value) { return AXIS_NUMBER.format(value); } } },
          y: { stacked: true }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
