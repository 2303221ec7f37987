document.querySelector('#app')!.textContent = 'baoxun';
