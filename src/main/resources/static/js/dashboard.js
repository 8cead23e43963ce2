// The dashboard's charts (Chart.js). The figures come from the page itself (data-charts), the same numbers as the
// tables beside each chart; a chart without data says so instead of drawing an empty frame.
(function () {
  'use strict';
  const holder = document.getElementById('chart-data');
  if (!holder || typeof Chart === 'undefined') {
    return;
  }
  const data = JSON.parse(holder.dataset.charts);
  const colors = ['#0d6efd', '#198754', '#dc3545', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'];
  Chart.defaults.animation = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;

  function empty(values) {
    return values.every(function (v) { return !v; });
  }

  function draw(id, config, values) {
    const canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    if (empty(values)) {
      const note = document.createElement('p');
      note.className = 'text-muted small chart-empty';
      note.textContent = 'Nothing to chart for this period and these filters.';
      canvas.replaceWith(note);
      return;
    }
    canvas.dataset.drawn = 'true';
    new Chart(canvas, config);
  }

  draw('chart-days', {
    type: 'bar',
    data: {
      labels: data.days.labels,
      datasets: [
        {label: 'Opened', data: data.days.opened, backgroundColor: colors[0]},
        {label: 'Closed', data: data.days.closed, backgroundColor: colors[1]}
      ]
    },
    options: {scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
  }, data.days.opened.concat(data.days.closed));

  draw('chart-backlog', {
    type: 'bar',
    data: {
      labels: data.backlog.queues,
      datasets: data.backlog.ages.map(function (age, i) {
        return {label: age, data: data.backlog.byQueue[i], backgroundColor: colors[i % colors.length]};
      })
    },
    options: {scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}}
  }, [].concat.apply([], data.backlog.byQueue));

  draw('chart-sla', {
    type: 'doughnut',
    data: {labels: data.slaLabels, datasets: [{data: data.sla, backgroundColor: [colors[1], colors[2]]}]},
    options: {aspectRatio: 2}
  }, data.sla);

  draw('chart-replies', {
    type: 'bar',
    data: {
      labels: ['Asked', 'Reminded', 'Replied', 'Auto-closed'],
      datasets: [{label: 'Claims', data: data.replies, backgroundColor: [colors[0], colors[3], colors[1], colors[2]]}]
    },
    options: {plugins: {legend: {display: false}}, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
  }, data.replies);

  draw('chart-durations', {
    type: 'bar',
    data: {
      labels: ['To first response', 'To resolution'],
      datasets: [
        {label: 'Median (h)', data: data.durations.p50, backgroundColor: colors[0]},
        {label: '90 % (h)', data: data.durations.p90, backgroundColor: colors[4]}
      ]
    },
    options: {scales: {y: {beginAtZero: true}}}
  }, data.durations.p50.concat(data.durations.p90));

  draw('chart-outcomes', {
    type: 'doughnut',
    data: {
      labels: data.outcomeLabels,
      datasets: [{data: data.outcomes, backgroundColor: [colors[1], colors[2], colors[3], colors[6], colors[4]]}]
    }
  }, data.outcomes);

  draw('chart-teams', {
    type: 'bar',
    data: {
      labels: data.teams.labels,
      datasets: [
        {label: 'Tasks done', data: data.teams.done, backgroundColor: colors[0]},
        {label: 'After the deadline', data: data.teams.late, backgroundColor: colors[2]}
      ]
    },
    options: {indexAxis: 'y', scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
  }, data.teams.done);
})();
