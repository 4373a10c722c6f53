// Runs before the widget module is loaded: the property set on the not yet
// upgraded element must be taken over by the widget.
document.getElementById('by-prop').text = '淨利潤3.2億元，同比下降5%。';
