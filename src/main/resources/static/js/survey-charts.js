// Satisfaction charts (ECharts): the figures come from the page's own JSON (#survey-chart-data), the same as its
// tables show; each element marked data-survey-chart draws one chart. Without ECharts the tables stand alone.
(function () {
  'use strict';

  function bar(names, values, label, color, min, max) {
    return {
      grid: {left: 8, right: 16, top: 24, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: names, axisLabel: {interval: 0, rotate: names.length > 5 ? 30 : 0}},
      yAxis: {type: 'value', min: min, max: max},
      series: [{type: 'bar', name: label, data: values, itemStyle: {color: color}, label: {show: true, position: 'top'}}]
    };
  }

  function draw() {
    var source = document.getElementById('survey-chart-data');
    if (!source || typeof window.echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(source.getAttribute('data-chart'));
    document.querySelectorAll('[data-survey-chart]').forEach(function (element) {
      var option;
      switch (element.getAttribute('data-survey-chart')) {
        case 'factors':
          option = bar(data.factors, data.factorScores, data.csiLabel, '#0d6efd', 0, 100);
          break;
        case 'trend':
          option = {
            grid: {left: 8, right: 16, top: 24, bottom: 8, containLabel: true},
            tooltip: {trigger: 'axis'},
            xAxis: {type: 'category', data: data.months},
            yAxis: {type: 'value', min: 0, max: 100},
            series: [{type: 'line', name: data.csiLabel, data: data.trend, connectNulls: false, symbolSize: 8}]
          };
          break;
        case 'gaps':
          option = bar(data.dimensions, data.gaps, data.gapLabel, '#dc3545', undefined, undefined);
          break;
        case 'network':
          option = {
            grid: {left: 8, right: 16, top: 32, bottom: 8, containLabel: true},
            tooltip: {trigger: 'axis'},
            legend: {top: 0},
            xAxis: {type: 'category', data: data.dealers, axisLabel: {interval: 0}},
            yAxis: [{type: 'value', min: 0, max: 100}, {type: 'value'}],
            series: [
              {type: 'bar', name: data.csiLabel, data: data.csi, label: {show: true, position: 'top'}},
              {type: 'bar', name: data.gapLabel, data: data.weighted, yAxisIndex: 1}
            ]
          };
          break;
        default:
          return;
      }
      var chart = window.echarts.init(element, null, {renderer: 'svg'});
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
