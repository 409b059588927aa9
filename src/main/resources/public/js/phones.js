// Numbers typed into a field, one list; the server checks each and says which is wrong.
export function phoneList(text) {
  return text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
}

export function formatPhone(d) {
  return d && d.length === 10 ? `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}` : d;
}
